using Parley.Web.Analysis;
using Parley.Web.Components.Shared;

namespace Parley.Web.Scenarios;

/// <summary>
/// Two versions of a scenario compared: the line diff of their YAML and every answer that differs (see
/// <see cref="AnswerSheet"/>). A version that does not read has no answers: <see cref="Problems"/> says which.
/// </summary>
/// <param name="From">The earlier version's number.</param>
/// <param name="To">The later version's number.</param>
/// <param name="Lines">The changed lines of the YAML (kept lines left out).</param>
/// <param name="Answers">Each answer that differs, with its value in each version.</param>
/// <param name="Problems">Why answers are missing (a version with errors), empty when both were analysed.</param>
public sealed record VersionComparison(int From, int To, IReadOnlyList<DiffLine> Lines, IReadOnlyList<AnswerChange> Answers, IReadOnlyList<string> Problems)
{
    /// <summary>Compares the YAML of two versions and, through the lens session of each, their answers.</summary>
    public static VersionComparison Of(ScenarioVersion from, ScenarioVersion to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var lines = LineDiff.Of(from.Yaml, to.Yaml).Where(l => l.Kind != DiffKind.Kept).ToList();
        var problems = new List<string>();
        IReadOnlyDictionary<string, string> Sheet(ScenarioVersion version)
        {
            if (ScenarioYaml.Read(version.Yaml).Value is not { } scenario)
            {
                problems.Add($"Version {version.Version} has errors, so it has no answers; its side shows \"—\".");
                return new Dictionary<string, string>();
            }

            return AnswerSheet.Of(LensAdapter.Answers(scenario, cancellationToken));
        }

        var before = Sheet(from);
        var after = Sheet(to);
        return new VersionComparison(from.Version, to.Version, lines, AnswerSheet.Compare(before, after), problems);
    }
}
