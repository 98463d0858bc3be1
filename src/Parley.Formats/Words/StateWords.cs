using System.Globalization;
using Parley.Core.Stability;

namespace Parley.Formats.Words;

/// <summary>
/// The one labelling of graph-model states for every output: a state is shown by the options taken, in
/// words, grouped by decision maker ("RU: continue the offensive; UA: —; US: —"), its stable id is the set
/// of option ids taken (<see cref="GraphModel.StateId"/>, which survives levers), and its number, where
/// one is shown, is gmcr-py's 1-based ordered state number, the same in JSON, console and report.
/// </summary>
public static class StateWords
{
    /// <summary>The mark for a decision maker that takes none of its options.</summary>
    public const string NothingTaken = "—";

    /// <summary>The options taken at <paramref name="state"/>, in words, grouped by decision maker; the state name for explicit moves.</summary>
    public static string Describe(GraphModel model, int state)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!model.IsOptionForm)
        {
            return StateLabels.Of(model, state);
        }

        var groups = new List<string>();
        for (int d = 0; d < model.DecisionMakers.Length; d++)
        {
            var taken = model.OptionBitsOf(d).Where(b => model.IsTaken(state, b)).Select(b => model.OptionNames[b]).ToList();
            groups.Add($"{model.DecisionMakers[d]}: {(taken.Count == 0 ? NothingTaken : string.Join(", ", taken))}");
        }

        return string.Join("; ", groups);
    }

    /// <summary>The state with stable id <paramref name="id"/> (<see cref="GraphModel.StateId"/>) described in words, or the id itself when the model has no such state.</summary>
    public static string DescribeId(GraphModel model, string id)
    {
        ArgumentNullException.ThrowIfNull(model);
        for (int s = 0; s < model.StateCount; s++)
        {
            if (string.Equals(model.StateId(s), id, StringComparison.Ordinal))
            {
                return Describe(model, s);
            }
        }

        return id;
    }

    /// <summary>The state's gmcr-py number (1-based ordered state number) as text.</summary>
    public static string Number(int state) => GraphModel.Ordinal(state).ToString(CultureInfo.InvariantCulture);

    /// <summary>"the status quo" for the status quo, else "state N (options in words)".</summary>
    public static string Reference(GraphModel model, int state)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.StatusQuo == state ? "the status quo" : $"state {Number(state)} ({Describe(model, state)})";
    }

    /// <summary>"state N (options in words)", whatever the state.</summary>
    public static string Full(GraphModel model, int state)
    {
        ArgumentNullException.ThrowIfNull(model);
        return $"state {Number(state)} ({Describe(model, state)})";
    }
}
