using System.ComponentModel;
using Parley.Cli.Rendering;
using Parley.Core.EndStates;
using Parley.Formats.Json;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley endstates FILE [--draws N] [--seed S] [--at DATE] [--format json]</c>: where the conflict
/// ends. For each named end state, as given and under each lever: its probability, whether the status quo
/// reaches it and by whose moves, and which stability concepts have an equilibrium in it.
/// </summary>
[Description("Where does it end? Each named end state's probability, reachability from the status quo and equilibria, as given and under each lever.")]
public sealed class EndStatesCommand(IAnsiConsole console) : Command<EndStatesSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, EndStatesSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        bool json = settings.Format == OutputFormat.Json;
        if (ScenarioInput.Read(console, settings.File, json) is not { } read)
        {
            return ExitCodes.InputErrors;
        }

        var scenario = AtOption.Apply(read, settings.At);
        if (scenario.EndStates.IsEmpty)
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(settings.File)} names no end states. Add an 'end-states' section (see docs/scenario-format.md, \"end-states\").");
            return ExitCodes.InputErrors;
        }

        System.Collections.Immutable.ImmutableArray<EndStateReport> reports;
        try
        {
            reports = EndStateAnalysis.AsGivenAndPerLever(scenario, new EndStateOptions { Draws = settings.Draws, Seed = settings.Seed });
        }
        catch (ArgumentException ex)
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(ex.Message)}");
            return ExitCodes.InputErrors;
        }

        if (json)
        {
            console.Profile.Out.Writer.WriteLine(JsonOutput.Serialize(EndStatesJson.From(scenario, reports)));
        }
        else
        {
            EndStatesRenderer.Write(console, scenario, reports);
        }

        return ExitCodes.Ok;
    }
}
