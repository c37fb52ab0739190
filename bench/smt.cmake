# Z3 checker benchmarks (owner: src/smt). Included by bench/CMakeLists.txt.
add_executable(bench_z3 ${CMAKE_CURRENT_LIST_DIR}/bench_z3.cpp)
target_link_libraries(bench_z3 PRIVATE quarks_smt quarks_witness benchmark::benchmark)
