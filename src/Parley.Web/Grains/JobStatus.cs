namespace Parley.Web.Grains;

/// <summary>The states of a background analysis.</summary>
public static class JobStatus
{
    public const string None = "none";
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
    public const string TimedOut = "timed-out";

    /// <summary>True once the job has ended, one way or another.</summary>
    public static bool IsFinished(string status) => status is Completed or Failed or Cancelled or TimedOut;
}
