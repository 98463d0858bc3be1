using System.Collections.Immutable;
using Parley.Core.Sweeps;

namespace Parley.Formats.Sweeps;

/// <summary>What a finished (or stopped) sweep says on the console, in JSON and on its HTML page.</summary>
/// <param name="Sweep">The sweep's name.</param>
/// <param name="Id">The sweep's id (for <c>--resume</c>).</param>
/// <param name="Seed">The sweep seed.</param>
/// <param name="Variants">Variants.</param>
/// <param name="Pieces">Pieces in the sweep.</param>
/// <param name="Done">Pieces done.</param>
/// <param name="Failed">Pieces that ended with a problem.</param>
/// <param name="DrawsPerVariant">Draws per variant.</param>
/// <param name="Seconds">Wall-clock seconds this run took.</param>
/// <param name="Status">completed, cancelled, over-budget.</param>
/// <param name="Output">The Parquet file written, or null.</param>
/// <param name="Rows">The rows (empty until every piece is done).</param>
public sealed record SweepSummary(
    string Sweep,
    string Id,
    ulong Seed,
    int Variants,
    long Pieces,
    long Done,
    long Failed,
    int DrawsPerVariant,
    double Seconds,
    string Status,
    string? Output,
    ImmutableArray<SweepRow> Rows);
