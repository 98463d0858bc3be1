using System.Globalization;
using Parley.Core.Analysis;
using Parley.Core.Vocabulary;
using Parley.Formats.Text;

namespace Parley.Web.Analysis;

/// <summary>
/// Every answer of a version by name, as text, so two versions can be compared answer by answer: per variant
/// (as given and each lever) the agreement verdict, acceptable packages, common ground and blocking demands per
/// track; the status quo's stability and the equilibria per concept; the forecast per issue; and each claim's
/// verdict with how often it held. Built from the full analysis (<see cref="LensAdapter.Answers"/>).
/// </summary>
public static class AnswerSheet
{
    /// <summary>The named answers of <paramref name="result"/>, in a stable order.</summary>
    public static IReadOnlyDictionary<string, string> Of(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sheet = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var v in result.Variants)
        {
            string at = v.Id == VariantAnalysis.AsGiven ? "as given" : $"with {v.Id}";
            if (v.Failure is { } failure)
            {
                sheet[$"{at}: variant"] = $"cannot be analysed: {failure}";
                continue;
            }

            foreach (var t in v.Agreement)
            {
                sheet[$"{at}: agreement on {t.Track}"] = $"{LensChangeText.Verdict(t.Verdict)} ({t.Acceptable} acceptable of {t.Outcomes})";
                sheet[$"{at}: common ground on {t.Track}"] = string.Join("; ", t.CommonGround.Select(g => $"{g.IssueId}: {(g.Options.IsEmpty ? "none" : string.Join(", ", g.Options))}"));
                sheet[$"{at}: blocking demands on {t.Track}"] = t.Blocking.IsEmpty ? "none" : string.Join("; ", t.Blocking.Select(b => string.Join(" + ", b.Demands)));
            }

            if (v.Stability is { } s)
            {
                foreach (var c in s.Concepts)
                {
                    sheet[$"{at}: status quo under {Terms.DisplayName(c.Concept)}"] = c.StatusQuoStable switch { true => "stable", false => "unstable", _ => "—" };
                    sheet[$"{at}: equilibria under {Terms.DisplayName(c.Concept)}"] = c.Equilibria.IsEmpty
                        ? "none"
                        : string.Join(", ", c.Equilibria.Select(e => s.States.FirstOrDefault(n => n.Index == e)?.Label ?? e.ToString(CultureInfo.InvariantCulture)));
                }
            }

            foreach (var f in v.Forecasts)
            {
                var eu = f.Models.FirstOrDefault(m => m.Model == Core.Forecast.ForecastModel.ExpectedUtility)?.Value;
                sheet[$"{at}: forecast of {f.Name}"] = string.Create(
                    CultureInfo.InvariantCulture,
                    $"{(eu is { } x ? x.ToString("0.#", CultureInfo.InvariantCulture) : "—")} (median {f.Uncertainty.Median:0.#}, 90 % {f.Uncertainty.P05:0.#}–{f.Uncertainty.P95:0.#})");
            }
        }

        foreach (var c in result.Claims)
        {
            sheet[$"claim {c.ClaimId}"] = c.Frequency is { } freq
                ? string.Create(CultureInfo.InvariantCulture, $"{Terms.DisplayName(c.Verdict)} (holds in {freq:P0} of draws)")
                : Terms.DisplayName(c.Verdict);
        }

        return sheet;
    }

    /// <summary>The answers that differ between <paramref name="before"/> and <paramref name="after"/>, in the order of the sheets.</summary>
    public static IReadOnlyList<AnswerChange> Compare(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<AnswerChange>();
        foreach (var key in before.Keys.Union(after.Keys, StringComparer.Ordinal))
        {
            string a = before.GetValueOrDefault(key, "—");
            string b = after.GetValueOrDefault(key, "—");
            if (a != b)
            {
                changes.Add(new AnswerChange(key, a, b));
            }
        }

        return changes;
    }
}
