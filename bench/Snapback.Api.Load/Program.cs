using Snapback.Api.Load;

// Usage: dotnet run -c Release --project bench/Snapback.Api.Load -- [--requests 20000] [--clients 16] [--max-seconds 300]
var settings = LoadSettings.Parse(args);
return await ScreenLoad.RunAsync(settings, Console.Out, CancellationToken.None);
