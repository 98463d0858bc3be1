using System.Text.Json;
using Parley.Formats.Json;
using Parley.Formats.Json.Dto;

namespace Parley.Formats.Tests.Json;

/// <summary>Documents are streamed: written in pieces while their collections are enumerated, never held whole.</summary>
public sealed class JsonDocumentWriterTests
{
    private sealed record Numbers(IEnumerable<int> Values) : OutputDocument("test", "numbers");

    /// <summary>Counts what reaches it and when.</summary>
    private sealed class CountingStream : Stream
    {
        public long Written { get; private set; }

        public int Writes { get; private set; }

        public int LargestWrite { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Written;

        public override long Position { get => Written; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Written += buffer.Length;
            Writes++;
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    [Fact]
    public void Write_LargeLazyCollection_ReachesTheStreamBeforeTheCollectionEnds_InSmallPieces()
    {
        const int count = 2_000_000;
        var stream = new CountingStream();
        long writtenBeforeLast = -1;

        IEnumerable<int> Values()
        {
            for (int i = 0; i < count; i++)
            {
                if (i == count - 1)
                {
                    writtenBeforeLast = stream.Written;
                }

                yield return i;
            }
        }

        JsonDocumentWriter.Write(stream, new Numbers(Values()));

        // About 20 MB of text: most of it must be on the stream before the last value is enumerated,
        // and no single write may carry more than a buffer's worth.
        Assert.True(stream.Written > 20_000_000, $"{stream.Written} bytes");
        Assert.True(writtenBeforeLast > stream.Written / 2, $"{writtenBeforeLast} of {stream.Written} bytes written before the last value");
        Assert.True(stream.LargestWrite < 1 << 20, $"largest write {stream.LargestWrite} bytes");
    }

    [Fact]
    public void Write_Envelope_SchemaVersionCommandAndScenarioIdFirst_DiagnosticsLast()
    {
        var stream = new MemoryStream();

        JsonDocumentWriter.Write(stream, new Numbers([1, 2]));

        using var doc = JsonDocument.Parse(stream.ToArray());
        Assert.Equal(["schemaVersion", "command", "scenarioId", "values", "diagnostics"], doc.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(OutputDocument.CurrentSchemaVersion, doc.RootElement.GetProperty("schemaVersion").GetInt32());
    }

    [Fact]
    public void Write_IntegerBeyond64Bits_IsAJsonNumber()
    {
        var stream = new MemoryStream();
        var big = System.Numerics.BigInteger.Pow(10, 30);

        JsonSerializer.Serialize(stream, big, JsonDocumentWriter.Options);

        Assert.Equal("1000000000000000000000000000000", System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
