namespace Parley.Cli.Rendering;

/// <summary>An <see cref="IProgress{T}"/> that reports on the calling thread at once (<see cref="Progress{T}"/> posts to a context, out of order).</summary>
/// <typeparam name="T">The progress value.</typeparam>
/// <param name="report">What to do with each value.</param>
public sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    /// <inheritdoc />
    public void Report(T value) => report(value);
}
