using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Snapback.Api.Tests.Support;

namespace Snapback.Api.Tests.Pages;

/// <summary>The UI's sign-in gate and roles, through the in-memory server (the browser tests drive the pages themselves).</summary>
public sealed class PagesTests(SnapbackApiFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/changes")]
    [InlineData("/lists")]
    [InlineData("/batch")]
    [InlineData("/entities/un:IRi.001")]
    public async Task Page_WithoutSignIn_RedirectsToSignIn(string path)
    {
        using var client = app.ClientWithKey(null);
        using var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_ApiKeyHeaderAlone_DoesNotSignIn()
    {
        using var client = app.ClientWithKey(app.AnalystKey);
        using var response = await client.GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_ValidKey_SetsHttpOnlyStrictCookie_AndOpensSearch()
    {
        using var client = app.ClientWithKey(null);
        using var response = await UiSession.SignInAsync(client, app.AnalystKey);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), static c => c.StartsWith("snapback.ui=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        using var search = await client.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
    }

    [Fact]
    public async Task SignIn_ReturnUrlElsewhere_StaysOnThisSite()
    {
        using var client = app.ClientWithKey(null);
        using var response = await UiSession.SignInAsync(client, app.AnalystKey, "https://example.org/");

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task UnknownEntityPage_Is404Page()
    {
        using var client = app.ClientWithKey(null);
        using var signIn = await UiSession.SignInAsync(client, app.ViewerKey);
        using var response = await client.GetAsync("/entities/un:XXi.999", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Not found", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListsPage_Viewer_ShowsEachListWithItsState()
    {
        using var client = app.ClientWithKey(null);
        using var signIn = await UiSession.SignInAsync(client, app.ViewerKey);
        using var response = await client.GetAsync("/lists", Ct);

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("UN Security Council Consolidated", html, StringComparison.Ordinal);
        // Imported from files and never checked against the publishers: each row says so.
        Assert.Equal(System.Text.RegularExpressions.Regex.Count(html, "<th scope=\"row\">"), System.Text.RegularExpressions.Regex.Count(html, "<span class=\"count removed\">Stale</span>"));
        Assert.Contains("Stale: ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ViewerOnBatch_IsDenied()
    {
        using var client = app.ClientWithKey(null);
        using var signIn = await UiSession.SignInAsync(client, app.ViewerKey);
        using var response = await client.GetAsync("/batch", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TRACE", "/entities/un:IQi.025", true)]
    [InlineData("TRACE", "/entities/un:IQi.025", false)]
    [InlineData("OPTIONS", "/", true)]
    [InlineData("OPTIONS", "/batch", false)]
    [InlineData("PUT", "/changes/un", true)]
    public async Task Page_MethodOtherThanGetHeadOrPost_Is405Page(string method, string path, bool signedIn)
    {
        using var client = app.ClientWithKey(null);
        if (signedIn)
        {
            using var signIn = await UiSession.SignInAsync(client, app.AnalystKey);
        }

        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
        Assert.Contains("Method not allowed", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntityPage_PostWithAValidToken_Is405NotThePageWithoutItsData()
    {
        using var client = app.ClientWithKey(null);
        using var signIn = await UiSession.SignInAsync(client, app.AnalystKey);
        using var response = await UiSession.PostFormAsync(client, "/changes/un", "/entities/un:IQi.025", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("Method not allowed", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("status")]
    [InlineData("download")]
    public async Task BatchHandler_WithoutAJobId_Is400Page(string handler)
    {
        using var client = app.ClientWithKey(null);
        using var signIn = await UiSession.SignInAsync(client, app.AnalystKey);

        using var response = await client.GetAsync($"/batch?handler={handler}", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Bad request", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BatchHandler_UnknownJobId_Is404Page()
    {
        using var client = app.ClientWithKey(null);
        using var signIn = await UiSession.SignInAsync(client, app.AnalystKey);

        using var response = await client.GetAsync("/batch/0123456789abcdef?handler=download", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Search_PostsTheName_SoItIsNeverInTheUrl_AndANameInTheQueryIsNotScreened()
    {
        using var client = app.ClientWithKey(null);
        using var signIn = await UiSession.SignInAsync(client, app.AnalystKey);

        var form = await client.GetStringAsync("/", Ct);
        using var results = await UiSession.PostFormAsync(client, "/", "/", new Dictionary<string, string> { ["name"] = "Kim Jong Un" });
        var fromQuery = await client.GetStringAsync("/?name=Kim+Jong+Un", Ct);

        Assert.Contains("<form method=\"post\" role=\"search\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, results.StatusCode);
        Assert.Equal("/", results.RequestMessage!.RequestUri!.PathAndQuery);
        Assert.Contains("ofac:20157", await results.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.DoesNotContain("ofac:20157", fromQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_PostWithoutTheAntiforgeryToken_Is400()
    {
        using var client = app.ClientWithKey(null);
        using var signIn = await UiSession.SignInAsync(client, app.AnalystKey);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "Kim Jong Un" });

        using var response = await client.PostAsync("/", content, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Session_RoleLoweredInTheKeyStore_IsDeniedAtOnce_NotTrustedFromTheCookie()
    {
        var ct = Ct;
        using var admin = app.ClientWithKey(app.AdminKey);
        using var created = await admin.PostAsJsonAsync("/api/keys", new { name = "role change", role = "analyst" }, ct);
        var key = await created.Content.ReadFromJsonAsync<JsonElement>(ct);
        using var client = app.ClientWithKey(null);
        using var signIn = await UiSession.SignInAsync(client, key.GetProperty("secret").GetString()!);
        using (var before = await client.GetAsync("/batch", ct))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await using (var connection = new SqliteConnection($"Data Source={app.DatabasePath}"))
        {
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE access_keys SET role = 'viewer' WHERE id = $id";
            command.Parameters.AddWithValue("$id", key.GetProperty("key").GetProperty("id").GetString());
            Assert.Equal(1, await command.ExecuteNonQueryAsync(ct));
        }

        using var after = await client.GetAsync("/batch", ct);
        using var viewerPage = await client.GetAsync("/changes/un", ct);

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/denied", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, viewerPage.StatusCode);
    }
}
