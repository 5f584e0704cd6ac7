using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Snapback.Api.Tests.Support;

namespace Snapback.Api.Tests.Apis;

public sealed class KeysApiTests(SnapbackApiFactory app)
{
    [Fact]
    public async Task CreateKey_StoresOnlyTheSha256OfTheSecret()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = app.ClientWithKey(app.AdminKey);
        using var response = await admin.PostAsJsonAsync("/api/keys", new { name = "hash check", role = "analyst" }, ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        var secret = body.GetProperty("secret").GetString()!;
        var id = body.GetProperty("key").GetProperty("id").GetString()!;

        await using var connection = new SqliteConnection($"Data Source={app.DatabasePath}");
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM access_keys WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(ct);
        Assert.True(await reader.ReadAsync(ct));
        var stored = Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : reader.GetValue(i).ToString()).ToList();
        var expectedHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret)));
        Assert.Contains(expectedHash, stored);
        Assert.DoesNotContain(stored, value => value!.Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateKey_UnknownRole_Is400NamingRole()
    {
        using var admin = app.ClientWithKey(app.AdminKey);
        using var response = await admin.PostAsJsonAsync(
            "/api/keys", new { name = "x", role = "superuser" }, TestContext.Current.CancellationToken);

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["role"], problem.ErrorFields);
    }

    [Fact]
    public async Task CreateKey_WrongJsonType_Is400NamingField()
    {
        using var admin = app.ClientWithKey(app.AdminKey);
        using var content = new StringContent("""{"name": ["not", "a", "string"], "role": "viewer"}""", System.Text.Encoding.UTF8,
            "application/json");
        using var response = await admin.PostAsync("/api/keys", content, TestContext.Current.CancellationToken);

        var problem = await Problem.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["name"], problem.ErrorFields);
    }

    [Fact]
    public async Task RevokeKey_Unknown_Is404Problem()
    {
        using var admin = app.ClientWithKey(app.AdminKey);
        using var response = await admin.DeleteAsync("/api/keys/nope", TestContext.Current.CancellationToken);

        await Problem.ReadAsync(response, HttpStatusCode.NotFound);
    }
}
