using System.Text;
using System.Text.Json;

namespace Parley.Cli.Tests.Commands;

/// <summary>
/// Text output prints a screenful of each long list with a line saying how many were left out; <c>--all</c>
/// prints everything; JSON is always complete.
/// </summary>
public sealed class AllOptionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("parley-all-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // 3 decision makers × 3 options, one preference each: 512 states, hundreds of equilibria.
    private string WideConflict()
    {
        var yaml = new StringBuilder("""
            parley: 1
            id: wide-conflict
            title: Wide conflict (test fixture)
            actors:
              - {id: A, name: A, role: party}
              - {id: B, name: B, role: party}
              - {id: C, name: C, role: party}
            issues:
              - {id: talks, track: talks, options: [continue, stop]}
            conflict:
              decision-makers:

            """);
        foreach (string dm in new[] { "A", "B", "C" })
        {
            string o = dm.ToLowerInvariant();
            yaml.Append($$"""
                    - actor: {{dm}}
                      options:
                        - {id: {{o}}1, name: {{o}}1}
                        - {id: {{o}}2, name: {{o}}2}
                        - {id: {{o}}3, name: {{o}}3}
                      preferences:
                        - statement: "not {{o}}1"
                          basis: assumption

                """);
        }

        yaml.Append("  status-quo: []\n");
        string file = Path.Combine(_folder, "wide.yaml");
        File.WriteAllText(file, yaml.ToString());
        return file;
    }

    [Fact]
    public void Stability_LongLists_CutByDefault_PrintedWithAll_CompleteInJson()
    {
        string file = WideConflict();

        var (code, cut) = CliRun.Invoke("stability", file);
        var (codeAll, all) = CliRun.Invoke("stability", file, "--all");
        var (codeJson, json) = CliRun.Invoke("stability", file, "--format", "json");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(ExitCodes.Ok, codeAll);
        Assert.Equal(ExitCodes.Ok, codeJson);
        Assert.Contains("The table of the 512 states is left out (--all prints it).", cut, StringComparison.Ordinal);
        Assert.Contains("--all lists them", cut, StringComparison.Ordinal);
        Assert.DoesNotContain("--all", all, StringComparison.Ordinal);
        Assert.True(all.Length > 4 * cut.Length, $"{all.Length} characters with --all against {cut.Length} without");

        using var doc = JsonDocument.Parse(json);
        Assert.Equal(512, doc.RootElement.GetProperty("states").GetArrayLength());
        foreach (var concept in doc.RootElement.GetProperty("concepts").EnumerateArray())
        {
            Assert.Equal(concept.GetProperty("equilibriumCount").GetInt32(), concept.GetProperty("equilibria").GetArrayLength());
        }
    }

    [Fact]
    public void Check_ManyProblems_FirstScreenfulAndHowManyWereLeftOut()
    {
        var yaml = new StringBuilder("parley: 1\nid: many\ntitle: Many problems\nactors:\n");
        for (int k = 0; k < 30; k++)
        {
            yaml.Append($"  - {{id: A{k}, name: A{k}, role: party, supports: [NOBODY{k}]}}\n");
        }

        string file = Path.Combine(_folder, "many.yaml");
        File.WriteAllText(file, yaml.ToString());

        var (code, cut) = CliRun.Invoke("check", file);
        var (_, all) = CliRun.Invoke("check", file, "--all");

        Assert.Equal(ExitCodes.InputErrors, code);
        Assert.Contains("NOBODY18", cut, StringComparison.Ordinal);
        Assert.DoesNotContain("NOBODY29", cut, StringComparison.Ordinal);
        Assert.Matches(@"… \d+ more diagnostics left out \(--all lists them\)\.", cut);
        Assert.Contains("NOBODY29", all, StringComparison.Ordinal);
        Assert.DoesNotContain("left out", all, StringComparison.Ordinal);
    }

    [Fact]
    public void ListCut_ShownSuffixAndNote_CountWhatIsLeftOut()
    {
        var cut = Parley.Cli.Rendering.ListCut.Default;
        var all = new Parley.Cli.Rendering.ListCut(true);

        Assert.Equal(20, cut.Shown(35));
        Assert.Equal(7, cut.Shown(7));
        Assert.Equal(35, all.Shown(35));
        Assert.Equal(", … (15 more; --all lists them)", cut.Suffix(35));
        Assert.Equal(string.Empty, all.Suffix(35));
        Assert.Equal(string.Empty, cut.Suffix(20));
        Assert.Equal(Enumerable.Range(0, 20), cut.Take(Enumerable.Range(0, 35)));
    }
}
