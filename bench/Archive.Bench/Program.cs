if (args is ["segment", ..]) return Archive.Bench.SegmentationBenchmark.Run();
Console.WriteLine("usage: dotnet run -c Release --project bench/Archive.Bench -- <benchmark>");
return 1;
