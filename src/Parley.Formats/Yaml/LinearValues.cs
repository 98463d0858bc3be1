using System.Collections.Immutable;

namespace Parley.Formats.Yaml;

/// <summary>
/// The option values of a stand that names only its preferred option: 1 there, falling linearly along the option
/// order to 0 at the farthest option. The reader's rule for <c>prefer</c> without <c>values</c>, and the form's
/// for a stand it adds, so both give an actor the same values.
/// </summary>
public static class LinearValues
{
    /// <summary>The values of <paramref name="count"/> options with the one at <paramref name="preferred"/> best.</summary>
    public static ImmutableArray<double> Of(int count, int preferred)
    {
        int far = Math.Max(preferred, count - 1 - preferred);
        var values = new double[count];
        for (int k = 0; k < count; k++)
        {
            values[k] = far == 0 ? 1.0 : 1.0 - ((double)Math.Abs(k - preferred) / far);
        }

        return ImmutableArray.Create(values);
    }
}
