using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Parley.Web.Data;

namespace Parley.Web.Api;

/// <summary><c>POST /api/auth/register</c> and <c>POST /api/auth/login</c> (a bearer token for the API).</summary>
public static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Accounts");
        auth.MapPost("/register", Register).WithSummary("Create a local account.");
        auth.MapPost("/login", Login).WithSummary("Log in: answers a bearer token for the API.")
            .Produces<AccessTokenResponse>(StatusCodes.Status200OK);
    }

    private static async Task<Results<Created, ValidationProblem>> Register(Credentials body, UserManager<ParleyUser> users)
    {
        if (string.IsNullOrWhiteSpace(body.Email) || !body.Email.Contains('@', StringComparison.Ordinal))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["email"] = ["Give an e-mail address, such as ana@example.org."] });
        }

        var user = new ParleyUser { UserName = body.Email.Trim(), Email = body.Email.Trim() };
        var result = await users.CreateAsync(user, body.Password ?? string.Empty);
        if (!result.Succeeded)
        {
            return TypedResults.ValidationProblem(result.Errors.GroupBy(e => e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
        }

        return TypedResults.Created();
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> Login(Credentials body, SignInManager<ParleyUser> signIn)
    {
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(body.Email?.Trim() ?? string.Empty, body.Password ?? string.Empty, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Login failed",
                detail: result.IsLockedOut ? "Too many failed attempts: the account is locked for a few minutes." : "The e-mail address or the password is wrong.");
        }

        // The bearer handler has written the token response.
        return TypedResults.Empty;
    }
}
