namespace Parley.Core.Forecast;

/// <summary>Which input of a forecast an uncertain figure describes.</summary>
public enum ForecastInputKind
{
    /// <summary>An actor's capability.</summary>
    Capability,

    /// <summary>An actor's position on a dimension.</summary>
    Position,

    /// <summary>An actor's salience on a dimension.</summary>
    Salience,
}
