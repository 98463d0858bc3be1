using System.ComponentModel;
using Parley.Cli.Rendering;
using Parley.Core.EndStates;
using Parley.Core.Session;
using Parley.Core.Variants;
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
public sealed class EndStatesCommand(IAnsiConsole console, OutputChannel output) : Command<EndStatesSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, EndStatesSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        bool json = settings.Format == OutputFormat.Json;
        if (ScenarioInput.Read(output, settings.File, json) is not { } read)
        {
            return ExitCodes.InputErrors;
        }

        var scenario = read;
        var date = AtOption.Date(settings.At);
        if (ScenarioInput.Variant(output.Errors, scenario, [], date) is null)
        {
            return ExitCodes.UsageError;
        }

        if (scenario.EndStates.IsEmpty)
        {
            output.Errors.MarkupLine($"[red]error:[/] {Markup.Escape(settings.File)} names no end states. Add an 'end-states' section (see docs/scenario-format.md, \"end-states\").");
            return ExitCodes.InputErrors;
        }

        // As given and under each lever, each variant derived once by the session.
        var session = new LensSession(scenario, new LensOptions { EndStateDraws = settings.Draws, Seed = (ulong)settings.Seed });
        var reports = System.Collections.Immutable.ImmutableArray.CreateBuilder<EndStateReport>();
        foreach (var key in scenario.Levers.Select(l => new VariantKey([l.Id], null, date)).Prepend(VariantKey.AsGiven.AsOf(date)))
        {
            if (ScenarioInput.Derive(output.Errors, session, key) is null)
            {
                return ExitCodes.InputErrors;
            }

            reports.Add(session.EndStates(key)!);
        }

        if (json)
        {
            output.Json(EndStatesJson.Document(scenario, reports.ToImmutable(), date));
        }
        else
        {
            AtOption.Announce(console, date);
            EndStatesRenderer.Write(console, scenario, reports.ToImmutable());
        }

        return ExitCodes.Ok;
    }
}
