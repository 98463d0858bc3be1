using Parley.Core.Diagnostics;
using Parley.Web.Analysis;
using Parley.Web.Scenarios;

namespace Parley.Web.Tests.Scenarios;

/// <summary>Every template is a valid scenario that every lens can answer.</summary>
public sealed class ScenarioTemplateTests
{
    public static TheoryData<string> Names() => [.. ScenarioTemplates.All.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Template_PassesCheck_WithoutWarnings_AndAnswersAWhatIf(string name)
    {
        var read = ScenarioYaml.Read(ScenarioTemplates.Read(name)!);

        Assert.True(read.Succeeded, string.Join(Environment.NewLine, read.Diagnostics));
        Assert.DoesNotContain(read.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        var result = LensAdapter.WhatIf(read.Value!, new WhatIfRequest(null, null, null), CancellationToken.None);
        Assert.Empty(result.Problems);
        Assert.Null(result.Answer!.Failure);
    }

    [Fact]
    public void Templates_CoverNegotiationMediationAndConflict()
    {
        var bilateral = ScenarioYaml.Read(ScenarioTemplates.Read("bilateral")!).Value!;
        Assert.Equal(2, bilateral.Actors.Count(a => a.IsParty));
        var mediated = ScenarioYaml.Read(ScenarioTemplates.Read("mediated")!).Value!;
        Assert.Contains(mediated.Actors, a => a.Role == Core.Model.ActorRole.Mediator);
        var conflict = ScenarioYaml.Read(ScenarioTemplates.Read("conflict")!).Value!;
        Assert.NotNull(conflict.Conflict);
        Assert.Null(ScenarioTemplates.Read("no-such-template"));
    }
}
