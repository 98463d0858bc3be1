namespace Parley.Core.Model;

/// <summary>
/// One change a lever makes to a scenario. The concrete effects are the records derived from this one;
/// <see cref="Levers.LeverApplication"/> applies them.
/// </summary>
public abstract record LeverEffect
{
    /// <summary>A one-line neutral description, for reports.</summary>
    public abstract string Describe();
}
