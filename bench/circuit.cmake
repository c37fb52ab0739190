# Evaluation time of the depth-reduction circuits against plain-loop references (docs/depth.md).
add_executable(bench_circuits ${CMAKE_CURRENT_LIST_DIR}/bench_circuits.cpp)
target_link_libraries(bench_circuits PRIVATE quarks_circuit benchmark::benchmark)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  target_compile_options(bench_circuits PRIVATE -Wno-restrict)  # GCC bug 105329, see src/circuit
endif()
