namespace Parley.Web.Components.Pages;

/// <summary>The fields of the login and register forms.</summary>
public sealed class AccountForm
{
    public string Email { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    /// <summary>A local path to return to after login; anything else (another site) goes home.</summary>
    public static string SafeReturn(string? returnUrl) =>
        string.IsNullOrEmpty(returnUrl) || returnUrl.Contains("//", StringComparison.Ordinal) || returnUrl.Contains('\\', StringComparison.Ordinal) || returnUrl.Contains(':', StringComparison.Ordinal)
            ? "/"
            : "/" + returnUrl.TrimStart('/');
}
