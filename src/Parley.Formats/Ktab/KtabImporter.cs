using System.Collections.Immutable;
using System.Globalization;
using Parley.Core.Diagnostics;
using Parley.Core.Model;

namespace Parley.Formats.Ktab;

/// <summary>
/// Imports a KTAB SMP CSV file as a Parley <see cref="Scenario"/> whose forecast lens gives what
/// <c>parley forecast FILE</c> gives on the file itself (see <c>docs/importers.md</c>): one party per KTAB
/// actor with its capability, one numeric issue on KTAB's 0–100 scale per dimension, and per actor and
/// dimension a stand at the actor's position with its salience kept as written (<see cref="IssuePosition.Salience"/>,
/// which the forecast lens reads) and a weight, the salience normalised over the actor's dimensions (which the
/// agreement lens reads). Every figure is marked stated, with the file as its source.
/// </summary>
public static class KtabImporter
{
    /// <summary>The track every imported issue belongs to.</summary>
    public const string Track = "ktab";

    /// <summary>The id of the scenario's one source, the file.</summary>
    public const string SourceId = "ktab";

    /// <summary>Reads KTAB CSV <paramref name="file"/> and imports it; reading problems are the reader's diagnostics (PF01xx).</summary>
    public static ParseResult<Scenario> Parse(SourceText file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var read = KtabCsvReader.Read(file.Content, file.Name);
        if (read.Value is not { } ktab)
        {
            return ParseResult<Scenario>.Failure(read.Diagnostics);
        }

        var diagnostics = read.Diagnostics.ToList();
        if (ktab.Problem.DimensionCount > 1)
        {
            // The scenario's forecast lens forecasts each issue on its own; KTAB's spatial model bargains over all
            // dimensions at once, so its forecast on the scenario is the one-dimensional model's, said up front.
            diagnostics.Add(Diagnostic.Warning(
                "PF0115",
                $"The file has {ktab.Problem.DimensionCount} dimensions, which KTAB's spatial model bargains over together; the scenario's forecast lens forecasts each issue on its own, so its spatial-model forecasts can differ from `parley forecast` on this file (the other models give the same). Forecast the file itself for the joint model.",
                new SourceLocation(file.Name, 1, 1, string.Empty)));
        }

        return ParseResult<Scenario>.Success(FromKtab(ktab, file.Name), diagnostics);
    }

    /// <summary>
    /// The scenario of <paramref name="ktab"/>, read from <paramref name="fileName"/> (its name without the
    /// ending becomes the scenario's id and title). The model parameters are not kept: a CSV file always has
    /// KTAB's defaults, which are the scenario forecast lens's too.
    /// </summary>
    public static Scenario FromKtab(KtabScenario ktab, string fileName)
    {
        ArgumentNullException.ThrowIfNull(ktab);
        ArgumentNullException.ThrowIfNull(fileName);
        var problem = ktab.Problem;
        string file = Path.GetFileName(fileName.Replace('\\', '/'));
        string stem = Path.GetFileNameWithoutExtension(file);
        ImmutableArray<string> sources = [SourceId];

        // Capabilities are relative (only their ratios enter the models) and the scenario format holds them in
        // [0, 1]; dividing by a power of two is exact in floating point, so the ratios stay bit for bit KTAB's.
        double scale = 1;
        double strongest = 0;
        for (int a = 0; a < problem.ActorCount; a++)
        {
            strongest = Math.Max(strongest, problem.Capability(a));
        }

        while (scale < strongest)
        {
            scale *= 2;
        }

        var issues = ImmutableArray.CreateBuilder<Issue>(problem.DimensionCount);
        for (int d = 0; d < problem.DimensionCount; d++)
        {
            string name = problem.Dimensions[d];
            issues.Add(new Issue(
                name.Length == 0 ? $"dimension-{d + 1}" : name,
                name.Length == 0 ? $"Dimension {d + 1}" : name,
                Track,
                IssueKind.Numeric,
                [],
                new NumericRange(0, 100, null, null),
                [],
                null,
                $"KTAB dimension {d + 1}: positions on KTAB's 0–100 scale."));
        }

        var actors = ImmutableArray.CreateBuilder<Actor>(problem.ActorCount);
        var positions = ImmutableArray.CreateBuilder<Position>(problem.ActorCount);
        for (int a = 0; a < problem.ActorCount; a++)
        {
            string id = problem.Actors[a];
            double influence = problem.Capability(a);
            string capabilityNote = scale == 1
                ? string.Create(CultureInfo.InvariantCulture, $"KTAB influence {influence}.")
                : string.Create(CultureInfo.InvariantCulture, $"KTAB influence {influence} ÷ {scale} (capabilities are relative; a power of two keeps their ratios exact).");
            actors.Add(new Actor(id, id, ActorRole.Party, new Figure(influence / scale, Provenance.Stated, null, sources, capabilityNote), [], $"Imported from the KTAB file {file}.", sources));

            double total = 0;
            for (int d = 0; d < problem.DimensionCount; d++)
            {
                total += problem.Salience(a, d);
            }

            var stands = ImmutableArray.CreateBuilder<IssuePosition>(problem.DimensionCount);
            for (int d = 0; d < problem.DimensionCount; d++)
            {
                double salience = problem.Salience(a, d);
                var weight = total > 0
                    ? new Figure(salience / total, Provenance.Stated, null, sources, "The KTAB salience divided by the sum of the actor's saliences.")
                    : new Figure(1.0 / problem.DimensionCount, Provenance.Assumption, null, [], "equal weights (KTAB gives the actor no salience on any dimension)");
                var range = issues[d].Range!;
                stands.Add(new IssuePosition(issues[d].Id, null, problem.Position(a, d), [], range, weight, [], Provenance.Stated, null, sources)
                {
                    Salience = new Figure(salience, Provenance.Stated, null, sources, "KTAB salience ÷ 100."),
                });
            }

            positions.Add(new Position(id, stands.MoveToImmutable(), new Figure(0, Provenance.Assumption, null, [], "KTAB files give no walk-away value."), sources));
        }

        string description = ktab.Description is { } d2 ? $"{ktab.Name}: {d2}" : ktab.Name;
        return new Scenario(
            stem,
            stem,
            $"Imported from the KTAB file {file} ({description}).",
            [new Source(SourceId, file, "KTAB SMP input", null, file)],
            actors.MoveToImmutable(),
            issues.MoveToImmutable(),
            positions.MoveToImmutable(),
            [],
            [],
            []);
    }
}
