namespace Parley.Core.Forecast;

/// <summary>How far one model's forecasts fell from recorded outcomes.</summary>
/// <param name="Model">The model, as named in reports.</param>
/// <param name="Issues">Issues the model forecast (fewer than all where it has no answer, e.g. no status quo).</param>
/// <param name="MeanAbsoluteError">Mean |forecast − outcome| on the 0–100 axis.</param>
/// <param name="MedianAbsoluteError">Median |forecast − outcome|.</param>
/// <param name="Note">How the model was configured or fitted.</param>
public sealed record ModelAccuracy(string Model, int Issues, double MeanAbsoluteError, double MedianAbsoluteError, string Note);
