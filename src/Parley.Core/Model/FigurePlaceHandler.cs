using System.Runtime.CompilerServices;

namespace Parley.Core.Model;

/// <summary>
/// The place of a figure in an integrity message (<c>$"Position of '{id}': walk-away"</c>), formatted only when
/// the figure lies out of range. For a figure in range the interpolation's holes are not even evaluated, so the
/// check that every Monte Carlo draw runs at every lever effect allocates nothing.
/// </summary>
[InterpolatedStringHandler]
internal ref struct FigurePlaceHandler
{
    private DefaultInterpolatedStringHandler _text;

    public FigurePlaceHandler(int literalLength, int formattedCount, Figure? figure, double min, double max, out bool outOfRange)
    {
        outOfRange = figure is not null && (!double.IsFinite(figure.Value) || figure.Value < min || figure.Value > max);
        Failed = outOfRange;
        _text = outOfRange ? new DefaultInterpolatedStringHandler(literalLength, formattedCount) : default;
    }

    /// <summary>Whether the figure lies out of range (and the place was formatted).</summary>
    public bool Failed { get; }

    public void AppendLiteral(string value) => _text.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => _text.AppendFormatted(value);

    public void AppendFormatted<T>(T value, string? format) => _text.AppendFormatted(value, format);

    /// <summary>The place, once; only when <see cref="Failed"/>.</summary>
    public string Text() => _text.ToStringAndClear();
}
