using Parley.Core.Agreement;
using Parley.Formats.Tests.Genius;
using Parley.Tests;

namespace Parley.Formats.Tests.Agreement;

/// <summary>
/// The agreement lens on every GENIUS XML case of <c>test-vectors.json</c>: the exact decision and count of
/// the agreement space must give the published number of rational outcomes, without enumerating.
/// </summary>
public sealed class GeniusAgreementSpaceTests
{
    public static TheoryData<string> LinearCases() => GeniusVectorTests.LinearCases();

    [ReferenceTheory]
    [MemberData(nameof(LinearCases))]
    public void AgreementSpace_CountsThePublishedRationalOutcomes(string id)
    {
        var v = GeniusVectorTests.Cases("linear_xml").Single(c => c.GetProperty("id").GetString() == id);
        var (_, problem) = GeniusVectorTests.Import(v.GetProperty("files"));
        int expected = v.GetProperty("n_rational_outcomes").GetInt32();
        var space = AgreementSpace.Of(problem);
        Assert.Equal(expected == 0, space.IsEmpty);
        Assert.True(space.Size.IsExact);
        Assert.Equal(expected, (int)space.Size.Lower);
    }

    [ReferenceTheory]
    [MemberData(nameof(LinearCases))]
    public void Analyse_GivesAVerdictAndTheFourSolutions(string id)
    {
        var v = GeniusVectorTests.Cases("linear_xml").Single(c => c.GetProperty("id").GetString() == id);
        var (_, problem) = GeniusVectorTests.Import(v.GetProperty("files"));
        var result = AgreementAnalysis.Analyse(problem, new AgreementOptions());
        Assert.Equal(AgreementVerdict.AgreementPossible, result.Verdict);
        Assert.True(result.Solutions!.Nash.Exists);
        Assert.True(result.Solutions.KalaiSmorodinsky.Exists);
        Assert.True(result.Solutions.Egalitarian.Exists);
        Assert.True(result.Solutions.Utilitarian.Exists);
    }
}
