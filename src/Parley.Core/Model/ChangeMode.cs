namespace Parley.Core.Model;

/// <summary>How a lever changes a figure.</summary>
public enum ChangeMode
{
    /// <summary>Replace the value.</summary>
    Set,

    /// <summary>Add the amount (negative to lower).</summary>
    Add,

    /// <summary>Multiply by the amount.</summary>
    Multiply,
}
