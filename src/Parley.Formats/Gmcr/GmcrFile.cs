using System.Collections.Immutable;
using Parley.Core.Model.Conflicts;
using Parley.Core.Stability;

namespace Parley.Formats.Gmcr;

/// <summary>A gmcr-py save file, read into Parley's conflict model.</summary>
/// <param name="Conflict">The conflict; options are reordered by decision maker as gmcr-py does, so state numbers match.</param>
/// <param name="Partition">gmcr-py's coalition partition as blocks of decision-maker indices, or null when every decision maker is alone.</param>
/// <param name="Version">The file's <c>version</c>, or null for old files without one.</param>
public sealed record GmcrFile(Conflict Conflict, ImmutableArray<ImmutableArray<int>>? Partition, string? Version);
