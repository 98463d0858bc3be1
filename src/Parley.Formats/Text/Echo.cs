namespace Parley.Formats.Text;

/// <summary>Shortens user text that a message repeats, so one long id cannot fill a screen.</summary>
public static class Echo
{
    /// <summary>The most characters of user text a message repeats.</summary>
    public const int MaxLength = 60;

    /// <summary>
    /// <paramref name="text"/> as written when it has at most <see cref="MaxLength"/> characters; else its start,
    /// an ellipsis and its length.
    /// </summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= MaxLength)
        {
            return text;
        }

        int cut = MaxLength - 1;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return $"{text[..cut]}… ({text.Length:N0} characters)";
    }
}
