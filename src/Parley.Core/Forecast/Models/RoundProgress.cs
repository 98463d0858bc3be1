namespace Parley.Core.Forecast;

/// <summary>
/// Passes a model's finished rounds on at once, on the model's own thread: a round's progress must not
/// queue behind the run (as <see cref="Progress{T}"/> would post it to a context).
/// </summary>
internal sealed class RoundProgress(Action<int> report) : IProgress<int>
{
    public void Report(int value) => report(value);
}
