namespace Parley.Core.Forecast;

/// <summary>
/// A model's forecast restricted to the outcomes every veto holder accepts: the acceptable outcome nearest
/// to the model's forecast (for discrete issues, the nearest option every veto holder accepts).
/// </summary>
/// <param name="Value">The restricted forecast on the axis, or null when no outcome is acceptable to all (or the model has no value).</param>
/// <param name="NoneAcceptable">True when the veto holders' red lines leave no outcome; the agreement lens's blocking demands say which.</param>
/// <param name="Moved">True when the restriction moved the forecast (the model's own forecast would be vetoed).</param>
/// <param name="ShareAcceptable">Share of the model's Monte Carlo draws that every veto holder accepts (NaN without draws).</param>
public readonly record struct VetoAwareForecast(double? Value, bool NoneAcceptable, bool Moved, double ShareAcceptable);
