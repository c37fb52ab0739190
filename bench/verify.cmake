# Exhaustive checker and BigInt backend benchmarks (owner: src/verify).
add_executable(bench_exhaustive ${CMAKE_CURRENT_LIST_DIR}/bench_exhaustive.cpp)
target_include_directories(bench_exhaustive PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
target_link_libraries(bench_exhaustive PRIVATE quarks_verify quarks_witness benchmark::benchmark)
target_compile_features(bench_exhaustive PRIVATE cxx_std_20)

add_executable(bench_bigint ${CMAKE_CURRENT_LIST_DIR}/bench_bigint.cpp)
target_link_libraries(bench_bigint PRIVATE quarks_core benchmark::benchmark)
target_compile_features(bench_bigint PRIVATE cxx_std_20)
# GCC 12 reports a false -Wrestrict inside std::string for cpp_int::str().
target_compile_options(bench_bigint PRIVATE $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>)
