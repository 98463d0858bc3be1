using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli;

/// <summary>Settings of <c>parley forecast-eval</c>.</summary>
public sealed class ForecastEvalSettings : GlobalSettings
{
    /// <summary>The DEU table.</summary>
    [CommandArgument(0, "<FILE>")]
    [Description("The DEU III table (deu3.csv, tab-separated).")]
    public string File { get; init; } = string.Empty;

    /// <summary>Folds for cross-validation.</summary>
    [CommandOption("--folds <K>")]
    [Description("Folds for cross-validating fitted parameters. Default: 10.")]
    [DefaultValue(10)]
    public int Folds { get; init; } = 10;

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        var baseResult = base.Validate();
        if (!baseResult.Successful)
        {
            return baseResult;
        }

        return Folds < 2 ? ValidationResult.Error($"--folds must be at least 2; got {Folds}.") : ValidationResult.Success();
    }
}
