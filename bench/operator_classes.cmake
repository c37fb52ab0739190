# Exact operator-class and gated-layer counts (owner: src/count, operator_classes).
add_executable(bench_operator_classes ${CMAKE_CURRENT_LIST_DIR}/bench_operator_classes.cpp)
target_link_libraries(bench_operator_classes PRIVATE quarks_count benchmark::benchmark)
target_compile_features(bench_operator_classes PRIVATE cxx_std_20)
