namespace Parley.Core.Stability;

/// <summary>
/// Mechanism tests for the stability lens: the same graph model with a decision maker unable to move
/// (its options stay as they are in each state) or with one option frozen. States, numbering and
/// rankings are unchanged, so a verdict can be compared state for state with the model as given.
/// </summary>
public static class StabilityCounterfactual
{
    /// <summary>The model in which decision maker <paramref name="decisionMaker"/> can no longer move.</summary>
    /// <exception cref="ArgumentException">The model has no option form.</exception>
    public static GraphModel WithoutDecisionMaker(GraphModel model, int decisionMaker)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.WithFrozenOptions(model.OptionBitsOf(decisionMaker));
    }

    /// <summary>The model in which option <paramref name="optionBit"/> can no longer change.</summary>
    /// <exception cref="ArgumentException">The model has no option form, or the bit is out of range.</exception>
    public static GraphModel WithoutOption(GraphModel model, int optionBit)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.WithFrozenOptions([optionBit]);
    }

    /// <summary>
    /// The model with every decision maker of <paramref name="decisionMakerIds"/> unable to move and every
    /// option of <paramref name="optionIds"/> frozen; null with <paramref name="unknown"/> set to the first
    /// id that names neither.
    /// </summary>
    public static GraphModel? Without(GraphModel model, IEnumerable<string> decisionMakerIds, IEnumerable<string> optionIds, out string? unknown)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(decisionMakerIds);
        ArgumentNullException.ThrowIfNull(optionIds);
        unknown = null;
        var bits = new List<int>();
        foreach (string id in decisionMakerIds)
        {
            int d = model.DecisionMakers.IndexOf(id);
            if (d < 0)
            {
                unknown = id;
                return null;
            }

            bits.AddRange(model.OptionBitsOf(d));
        }

        foreach (string id in optionIds)
        {
            int b = model.OptionIds.IndexOf(id);
            if (b < 0)
            {
                unknown = id;
                return null;
            }

            bits.Add(b);
        }

        return bits.Count == 0 ? model : model.WithFrozenOptions(bits);
    }
}
