using Parley.Core.Forecast;
using Parley.Core.Vocabulary;

namespace Parley.Cli;

/// <summary>The names of forecast models on the command line.</summary>
public static class ForecastModelNames
{
    /// <summary>Every model's token, as the vocabulary table spells it.</summary>
    public static IReadOnlyList<string> All { get; } = Terms.Tokens<ForecastModel>();

    /// <summary>The model a token names, or null.</summary>
    public static ForecastModel? TryParse(string name) => Terms.TryParse<ForecastModel>(name, out var model) ? model : null;
}
