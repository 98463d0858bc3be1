namespace Parley.Formats.Json;

/// <summary>
/// The JSON token of an enum that has no entry in the vocabulary table (<c>Parley.Core.Vocabulary.Terms</c>):
/// its name in kebab-case (<c>agreement-possible</c>, <c>walk-away</c>), spelt as the vocabulary's tokens are
/// (schema version 3; versions 1 and 2 used camelCase). DTOs hold these tokens as strings, so no Core enum
/// reaches a document and its spelling is fixed here, once, by <see cref="JsonOutput.EnumNaming"/>.
/// </summary>
public static class EnumTokens
{
    /// <summary>The token of <paramref name="value"/>.</summary>
    public static string Of<T>(T value)
        where T : struct, Enum => JsonOutput.EnumNaming.ConvertName(value.ToString());
}
