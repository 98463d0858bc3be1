using System.Text.Json;

namespace Parley.Formats.Json;

/// <summary>
/// The JSON token of an enum that has no entry in the vocabulary table (<c>Parley.Core.Vocabulary.Terms</c>):
/// its name in camelCase, as JSON documents have always spelt it (<c>agreementPossible</c>, <c>walkAway</c>).
/// DTOs hold these tokens as strings, so no Core enum reaches a document and its spelling is fixed here,
/// once, not by whichever serializer option happens to apply.
/// </summary>
public static class EnumTokens
{
    /// <summary>The token of <paramref name="value"/>.</summary>
    public static string Of<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
