namespace Parley.Core.Vocabulary;

/// <summary>One idea's two names: its token (CLI, claims, JSON, kebab-case) and its display name (console, report).</summary>
/// <typeparam name="T">The enum the idea belongs to.</typeparam>
/// <param name="Value">The enum value.</param>
/// <param name="Token">What users type and JSON carries, e.g. <c>seq-sim</c>, <c>weighted-mean</c>.</param>
/// <param name="DisplayName">What people read, e.g. <c>SEQ+SIM</c>, <c>weighted mean</c>.</param>
public sealed record Term<T>(T Value, string Token, string DisplayName)
    where T : struct, Enum;
