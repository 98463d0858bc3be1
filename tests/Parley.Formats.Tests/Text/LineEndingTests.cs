using Parley.Formats.Deu;
using Parley.Formats.Eum;
using Parley.Formats.Ktab;
using Parley.Formats.Text;

namespace Parley.Formats.Tests.Text;

/// <summary>
/// Every table reader accepts \n, \r\n and a lone \r as line endings and reads the same table from each;
/// the files are the minimal repros of the bad-input sweep (CR-only public replication files).
/// </summary>
public sealed class LineEndingTests
{
    public static TheoryData<string> Endings() => ["\n", "\r\n", "\r"];

    [Theory]
    [MemberData(nameof(Endings))]
    public void Split_AnyLineEnding_GivesTheSameLines(string ending)
    {
        string text = string.Join(ending, "\uFEFFa,b", "c", string.Empty, "d");
        Assert.Equal(["a,b", "c", string.Empty, "d"], TextLines.Split(text));
    }

    [Theory]
    [MemberData(nameof(Endings))]
    public void EumTable_AnyLineEnding_ReadsEveryActor(string ending)
    {
        string text = string.Join(ending, "Actor,Capability,Position,Salience", "NL,0.08,4,0.8", "BE,0.08,7,0.4", "FR,0.16,10,0.6") + ending;
        var result = EumTableReader.Read(text, "eum.csv");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(3, result.Value!.Problem.ActorCount);
    }

    [Theory]
    [MemberData(nameof(Endings))]
    public void ForecastFiles_CrOnlyEumTable_IsReadAsAnEumTableNotKtab(string ending)
    {
        string path = Path.Combine(Path.GetTempPath(), $"parley-eum-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, string.Join(ending, "Actor,Capability,Position,Salience", "NL,0.08,4,0.8", "BE,0.08,7,0.4", "FR,0.16,10,0.6"));
        try
        {
            var result = ForecastFiles.Read(path);
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            Assert.Equal(3, result.Value!.Subjects[0].Input.Problem.ActorCount);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void EumTable_StakeholderResourcesHeader_IsReadAsActorAndCapability()
    {
        var result = EumTableReader.Read("Stakeholder,Resources,Position,Salience\rNL,0.08,4,0.8\rBE,0.08,7,0.4\r", "replication.csv");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["NL", "BE"], result.Value!.Problem.Actors.ToArray());
        Assert.Equal(0.08, result.Value.Problem.Capability(1), 12);
    }

    [Theory]
    [MemberData(nameof(Endings))]
    public void KtabCsv_AnyLineEnding_ReadsEveryActor(string ending)
    {
        string text = string.Join(ending, "Test,Line endings,3,1,", "Actor,Description,Influence,Policy,Policy Salience,", "A,First,10,30,50,", "B,Second,20,40,50,", "C,Third,30,70,50,");
        var result = KtabCsvReader.Read(text, "ktab.csv");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(3, result.Value!.Problem.ActorCount);
    }

    [Theory]
    [MemberData(nameof(Endings))]
    public void Deu_AnyLineEnding_ReadsTheIssue(string ending)
    {
        string text = string.Join(ending, "\"isnr\"\t\"prnr\"\t\"finact\"\t\"pcom\"\t\"pep\"\t\"scom\"\t\"sep\"\t\"rp\"\t\"out\"", "\"i1\"\t\"p1\"\t\"x\"\t100\t0\t50\t50\t0\t40");
        var result = DeuReader.Read(text, "deu.tsv");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(40, Assert.Single(result.Value!.Issues).Outcome);
    }
}
