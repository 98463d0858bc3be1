namespace Parley.Web.Analysis;

/// <summary>One answer that differs between two versions: what it is, and its value in each ("—" where a version lacks it).</summary>
public sealed record AnswerChange(string What, string Before, string After);
