using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Snapback.Screening.Lists;

/// <summary>
/// Downloads one list file to a temp file: conditional request, per-request timeout, retries with doubling backoff on server errors,
/// timeouts and dropped connections, a size cap, and refusal of HTML pages served in place of the list.
/// </summary>
internal sealed class ListDownloader(HttpClient http, TimeProvider timeProvider, ListUpdateOptions options)
{
    public async Task<ListDownload> DownloadAsync(Uri url, DownloadState? previous, string path, CancellationToken cancellationToken)
    {
        var delay = options.RetryDelay;
        string failure = "no attempt made";
        for (var attempt = 1; attempt <= Math.Max(1, options.MaxAttempts); attempt++)
        {
            if (attempt > 1)
            {
                await Task.Delay(delay, timeProvider, cancellationToken);
                delay *= 2;
            }

            using var timeout = new CancellationTokenSource(options.RequestTimeout, timeProvider);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            try
            {
                var (result, retry) = await TryOnceAsync(url, previous, path, attempt, linked.Token);
                if (result.Failure is null || !retry)
                {
                    return result;
                }

                failure = result.Failure;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                failure = $"no complete answer within {options.RequestTimeout.TotalSeconds:0.#} s";
            }
            catch (Exception error) when (error is HttpRequestException or IOException)
            {
                failure = "the connection failed: " + error.Message;
            }
        }

        return new ListDownload(null, false, null, null, $"{failure} (after {Math.Max(1, options.MaxAttempts)} attempts)", options.MaxAttempts);
    }

    private async Task<(ListDownload Result, bool Retry)> TryOnceAsync(
        Uri url, DownloadState? previous, string path, int attempt, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (previous?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        if (previous?.LastModified is { } modified)
        {
            request.Headers.IfModifiedSince = modified;
        }

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return (new ListDownload(null, true, previous?.ETag, previous?.LastModified, null, attempt), false);
        }

        if (!response.IsSuccessStatusCode)
        {
            var code = (int)response.StatusCode;
            var transient = code >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
            return (Failed($"the server answered {code} {response.ReasonPhrase}", attempt), transient);
        }

        if (response.Content.Headers.ContentLength > options.MaxBytes)
        {
            return (Failed($"the file is {response.Content.Headers.ContentLength} bytes, more than the {options.MaxBytes} allowed", attempt), false);
        }

        if (response.Content.Headers.ContentType?.MediaType is { } media && media.Contains("html", StringComparison.OrdinalIgnoreCase))
        {
            return (Failed($"the server sent a web page ({media}) instead of the list", attempt), false);
        }

        await using (var body = await response.Content.ReadAsStreamAsync(cancellationToken))
        await using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        {
            var buffer = new byte[1 << 16];
            long total = 0;
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                if (total > options.MaxBytes)
                {
                    return (Failed($"the file is larger than the {options.MaxBytes} bytes allowed", attempt), false);
                }

                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            if (response.Content.Headers.ContentLength is { } expected && expected != total)
            {
                return (Failed($"the download stopped after {total} of {expected} bytes", attempt), true);
            }
        }

        if (await LooksLikeHtmlAsync(path, cancellationToken))
        {
            return (Failed("the server sent a web page instead of the list", attempt), false);
        }

        var lastModified = response.Content.Headers.LastModified;
        return (new ListDownload(path, false, response.Headers.ETag?.ToString(), lastModified, null, attempt), false);
    }

    private static ListDownload Failed(string reason, int attempt) => new(null, false, null, null, reason, attempt);

    private static async Task<bool> LooksLikeHtmlAsync(string path, CancellationToken cancellationToken)
    {
        var head = new byte[1024];
        int length;
        await using (var file = File.OpenRead(path))
        {
            length = await file.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        }

        var text = Encoding.UTF8.GetString(head, 0, length).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }
}
