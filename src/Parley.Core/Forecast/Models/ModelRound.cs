namespace Parley.Core.Forecast;

/// <summary>
/// Progress inside one run of a dynamic model: the round just finished. A large table (hundreds of
/// actors) takes the spatial model seconds to minutes per round; this is what a user watches.
/// </summary>
/// <param name="Model">The model running.</param>
/// <param name="Dimension">The dimension (the spatial model runs all together and reports -1).</param>
/// <param name="Round">Rounds finished so far.</param>
/// <param name="MaxRounds">The most rounds the model will run.</param>
public sealed record ModelRound(ForecastModel Model, int Dimension, int Round, int MaxRounds);
