using System.Text.RegularExpressions;

namespace Snapback.Api.Tests.Support;

/// <summary>Signs a client in to the UI the way a browser does, and posts forms with the page's antiforgery token.</summary>
internal static partial class UiSession
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Posts the sign-in form with <paramref name="key"/>; the client keeps the session cookie.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string key, string? returnUrl = null) =>
        await PostFormAsync(client, "/signin", "/signin", new Dictionary<string, string> { ["ApiKey"] = key, ["ReturnUrl"] = returnUrl ?? "/" });

    /// <summary>Reads the antiforgery token from the page at <paramref name="formPage"/> and posts <paramref name="fields"/> with it.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        HttpClient client, string formPage, string target, IReadOnlyDictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(formPage, Ct);
        using var content = new FormUrlEncodedContent(
            fields.Append(KeyValuePair.Create("__RequestVerificationToken", Token(page))));
        return await client.PostAsync(target, content, Ct);
    }

    /// <summary>The antiforgery token in a page's form.</summary>
    public static string Token(string page) => AntiforgeryToken().Match(page).Groups[1].Value;

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)""")]
    private static partial Regex AntiforgeryToken();
}
