using Parley.Core.Levers;
using Parley.Core.Model;
using Parley.Core.Stability;

namespace Parley.Formats;

/// <summary>
/// Whether levers, alone or pulled together, leave a scenario every lens can analyse: each effect applies,
/// and a conflict they change still has a feasible state and a feasible status quo. The reader checks each
/// lever this way and the commands each combination they are given, so that no lens fails later on a
/// variant that cannot exist.
/// </summary>
public static class LeverCheck
{
    /// <summary>Null when the levers apply together; else a sentence saying why not.</summary>
    public static string? WhyNotApplicable(Scenario scenario, IReadOnlyList<string> leverIds)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(leverIds);
        Scenario result;
        try
        {
            result = LeverApplication.Apply(scenario, leverIds);
        }
        catch (ArgumentException ex)
        {
            return ex.Message.Split(" (Parameter")[0];
        }

        return ReferenceEquals(result.Conflict, scenario.Conflict) || result.Conflict is null ? null : ConflictProblem(result.Conflict);
    }

    private static string? ConflictProblem(Conflict conflict)
    {
        var neutral = conflict with
        {
            DecisionMakers = [.. conflict.DecisionMakers.Select(d => d with { Preferences = new OptionPrioritization([]) })],
            StatusQuo = null,
        };
        GraphModel model;
        try
        {
            model = GraphModel.FromConflict(neutral);
        }
        catch (ArgumentException)
        {
            return "together with the conflict's infeasibility conditions it rules out every state, so no feasible state remains (it fixes an option the conditions forbid).";
        }

        if (conflict.StatusQuo is { } sq)
        {
            int code = 0;
            foreach (var id in sq)
            {
                code |= 1 << conflict.BitOf(id);
            }

            if (model.StateOfCode(code) < 0)
            {
                var broken = conflict.Infeasibilities.FirstOrDefault(i => i.Condition.Holds(sq.Contains));
                return $"it makes the status quo ({(sq.IsEmpty ? "no option taken" : string.Join(", ", sq))}) an infeasible state{(broken is null ? string.Empty : $": it meets the condition '{broken.Description ?? broken.Condition.ToString()}'")}.";
            }
        }

        return null;
    }
}
