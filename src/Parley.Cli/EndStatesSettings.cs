using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli;

/// <summary>Settings of <c>parley endstates</c>.</summary>
public sealed class EndStatesSettings : FileSettings
{
    /// <summary>Monte Carlo draws of the uncertain figures.</summary>
    [CommandOption("--draws <N>")]
    [Description("Monte Carlo draws of the uncertain figures (default 200; one exact run when nothing is uncertain).")]
    [DefaultValue(200)]
    public int Draws { get; init; } = 200;

    /// <summary>Seed of the draws.</summary>
    [CommandOption("--seed <SEED>")]
    [Description("Seed of the draws (default 1).")]
    [DefaultValue(1)]
    public int Seed { get; init; } = 1;

    /// <summary>The date to analyse the scenario as of (<c>--at</c>), or null for the scenario as written.</summary>
    [CommandOption("--at <DATE>")]
    [Description(AtOption.Description)]
    public string? At { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        var baseResult = base.Validate();
        if (!baseResult.Successful)
        {
            return baseResult;
        }

        if (!AtOption.Validate(At).Successful)
        {
            return AtOption.Validate(At);
        }

        return Draws < 1 ? ValidationResult.Error($"--draws must be at least 1, not {Draws}.") : ValidationResult.Success();
    }
}
