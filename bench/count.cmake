# Census and LP engine benchmarks (owner: src/count), docs/performance.md.
add_executable(bench_census ${CMAKE_CURRENT_LIST_DIR}/bench_census.cpp)
target_link_libraries(bench_census PRIVATE quarks_count benchmark::benchmark)
target_compile_features(bench_census PRIVATE cxx_std_20)
