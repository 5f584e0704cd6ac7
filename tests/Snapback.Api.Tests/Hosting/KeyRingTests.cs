using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Data.Sqlite;
using Snapback.Api.Tests.Support;

namespace Snapback.Api.Tests.Hosting;

/// <summary>The data-protection key ring (it signs the UI cookie) lives in the store, encrypted when a certificate is configured.</summary>
public sealed class KeyRingTests(SnapbackApiFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignIn_KeepsTheKeyRingInTheDatabase_AndAnotherServerOnItReadsTheCookie()
    {
        using var client = app.ClientWithKey(null);
        using var signIn = await UiSession.SignInAsync(client, app.ViewerKey);
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), static c => c.StartsWith("snapback.ui=", StringComparison.Ordinal));

        var keys = await StoredKeysAsync(app.DatabasePath);
        await using var other = app.WithWebHostBuilder(static _ => { });
        using var otherClient = other.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        otherClient.DefaultRequestHeaders.Add("Cookie", cookie[..cookie.IndexOf(';', StringComparison.Ordinal)]);
        using var page = await otherClient.GetAsync("/changes/un", Ct);

        Assert.NotEmpty(keys);
        Assert.All(keys, static xml => Assert.StartsWith("<key ", xml, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task KeyRingCertificate_EncryptsTheStoredKeys()
    {
        var folder = Directory.CreateTempSubdirectory("snapback-keyring-");
        try
        {
            var pfx = Path.Combine(folder.FullName, "keyring.pfx");
            using (var rsa = RSA.Create(2048))
            {
                var request = new CertificateRequest("CN=Snapback key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                var now = TimeProvider.System.GetUtcNow();
                using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
                await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pkcs12, "pfx-password"), Ct);
            }

            await using var protectedApp = new SnapbackApiFactory(
                [],
                new Dictionary<string, string>
                {
                    ["Snapback:KeyRingCertificate"] = pfx,
                    ["Snapback:KeyRingCertificatePassword"] = "pfx-password",
                });
            await protectedApp.InitializeAsync();
            using var client = protectedApp.ClientWithKey(null);
            using var signIn = await UiSession.SignInAsync(client, protectedApp.ViewerKey);
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

            var keys = await StoredKeysAsync(protectedApp.DatabasePath);
            Assert.NotEmpty(keys);
            Assert.All(keys, static xml =>
            {
                Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
                Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
            });
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task<List<string>> StoredKeysAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT xml FROM data_protection_keys";
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var keys = new List<string>();
        while (await reader.ReadAsync(Ct))
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }
}
