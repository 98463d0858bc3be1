using System.ComponentModel;
using Parley.Cli.Rendering;
using Parley.Core.Analysis;
using Parley.Formats.Json.Dto.Compare;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary><c>parley compare FILE --lever A [--lever B]</c>: the difference the levers make, lens by lens.</summary>
[Description("Show the difference levers make, lens by lens, against the scenario as given.")]
public sealed class CompareCommand(IAnsiConsole console, OutputChannel output) : Command<CompareSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, CompareSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        bool json = settings.Format == OutputFormat.Json;
        var scenario = ScenarioInput.Read(output, settings.File, json);
        if (scenario is null)
        {
            return ExitCodes.InputErrors;
        }

        var date = AtOption.Date(settings.At);
        if (ScenarioInput.Variants(output.Errors, scenario, settings.Levers, date) is not { } variants)
        {
            return ExitCodes.UsageError;
        }

        // compare is asked about these levers only, so every lens, the windows included, runs for each.
        var options = new AnalysisOptions { IncludeScenarioLevers = false, ExtraVariants = [.. variants.Select(k => k.Levers)], WindowsForEveryVariant = true, Date = date };
        using var budget = Budget.Start(settings.BudgetSeconds, cancellationToken);
        Core.Analysis.AnalysisResult result;
        try
        {
            result = AnalyzeCommand.Run(console, output, scenario, options, json, budget.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Budget.Expired(output, settings.BudgetSeconds, "compare fewer levers");
        }

        if (json)
        {
            output.Json(CompareDocument.From(result));
        }
        else
        {
            AtOption.Announce(console, date);
            AnalysisRenderer.WriteComparisons(console, result, onlyChanges: false, settings.Cut);
        }

        return ExitCodes.Ok;
    }
}
