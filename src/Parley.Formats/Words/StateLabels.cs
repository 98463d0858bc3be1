using Parley.Core.Stability;

namespace Parley.Formats.Words;

/// <summary>
/// gmcr-py's Y/N labels of states (one character per option, first option first), for outputs that compare
/// with gmcr-py. Core identifies states by index and by <see cref="GraphModel.StateId"/>; labels are presentation.
/// </summary>
public static class StateLabels
{
    /// <summary>Y/N per option at <paramref name="state"/> (gmcr-py's YN string); the state name for explicit moves.</summary>
    public static string Of(GraphModel model, int state)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!model.IsOptionForm)
        {
            return model.StateNames[state];
        }

        var chars = new char[model.OptionCount];
        for (int b = 0; b < chars.Length; b++)
        {
            chars[b] = model.IsTaken(state, b) ? 'Y' : 'N';
        }

        return new string(chars);
    }

    /// <summary>Y/N per option of <paramref name="decisionMaker"/> at <paramref name="state"/>, its first option first; empty for explicit moves.</summary>
    public static string Of(GraphModel model, int state, int decisionMaker)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.IsOptionForm
            ? new string([.. model.OptionBitsOf(decisionMaker).Select(b => model.IsTaken(state, b) ? 'Y' : 'N')])
            : string.Empty;
    }
}
