namespace Parley.Core.Model;

/// <summary>A change to a figure: set it, add to it, or scale it.</summary>
/// <param name="Mode">How.</param>
/// <param name="Amount">By how much, or the new value.</param>
public readonly record struct ValueChange(ChangeMode Mode, double Amount)
{
    /// <summary>The changed value.</summary>
    public double ApplyTo(double value) => Mode switch
    {
        ChangeMode.Set => Amount,
        ChangeMode.Add => value + Amount,
        _ => value * Amount,
    };

    /// <inheritdoc />
    public override string ToString() => Mode switch
    {
        ChangeMode.Set => $"= {Amount:0.###}",
        ChangeMode.Add => Amount >= 0 ? $"+{Amount:0.###}" : $"{Amount:0.###}",
        _ => $"× {Amount:0.###}",
    };
}
