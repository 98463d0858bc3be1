namespace Parley.Formats.Json.Dto.Dynamics;

/// <summary>One track over the horizon: when a deal exists, and every sample.</summary>
/// <param name="Track">The track.</param>
/// <param name="Actors">Its consenting actors.</param>
/// <param name="Explanation">One sentence.</param>
/// <param name="Windows">Stretches with a deal.</param>
/// <param name="Samples">Every time sampled, ascending (enumerated as written).</param>
public sealed record TrackWindowsDto(string Track, IEnumerable<string> Actors, string Explanation, IEnumerable<WindowDto> Windows, IEnumerable<SampleDto> Samples);
