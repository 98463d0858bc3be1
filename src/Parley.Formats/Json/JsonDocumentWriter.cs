using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Parley.Formats.Json.Dto;

namespace Parley.Formats.Json;

/// <summary>
/// Writes an <see cref="OutputDocument"/> straight to a stream (stdout or a file) as it is serialised:
/// never built as one string or tree first, so a document of hundreds of megabytes needs no more memory
/// than its largest element. Collections in the DTOs are enumerated while they are written.
/// </summary>
public static class JsonDocumentWriter
{
    /// <summary>
    /// The options of every document: <see cref="JsonOutput.Options"/>, plus named NaN/Infinity (a forecast with
    /// no valid draw has NaN quantiles, and the document must still be written rather than fail), integers of
    /// any size. Documents hold DTOs only (no Core type), so nothing here needs to know Core's records.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Writes <paramref name="document"/> (by its runtime type) and a final line break to <paramref name="stream"/>, flushing as it goes.</summary>
    public static void Write(Stream stream, OutputDocument document) =>
        WriteAsync(stream, document, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Writes <paramref name="document"/> (by its runtime type) and a final line break to <paramref name="stream"/>, flushing as it goes.</summary>
    public static async Task WriteAsync(Stream stream, OutputDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(document);

        // SerializeAsync flushes to the stream whenever its buffer fills, so the text never exists whole.
        await JsonSerializer.SerializeAsync(stream, document, document.GetType(), Options, cancellationToken).ConfigureAwait(false);
        stream.WriteByte((byte)'\n');
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The document as text (for HTTP answers and tests; commands write to a stream with <see cref="Write"/>).</summary>
    public static string Serialize(OutputDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return JsonSerializer.Serialize(document, document.GetType(), Options);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonOutput.Options)
        {
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(new BigIntegerJsonConverter());
        options.MakeReadOnly();
        return options;
    }
}
